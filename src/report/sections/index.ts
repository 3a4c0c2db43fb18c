import type { RootContent } from 'mdast';
import type { DesignReport, IndexModel, SectionContext } from '../model.js';
import architecture from './architecture.js';
import decision from './decision.js';
import deployment from './deployment.js';
import evaluation from './evaluation.js';
import findings from './findings.js';
import header from './header.js';
import { coverage, designs, similar, summary } from './index-page.js';
import monitoring from './monitoring.js';
import readiness from './readiness.js';
import rubric from './rubric.js';
import { data, framing, model, requirements } from './steps.js';

export type ReportSection = (report: DesignReport, context: SectionContext) => RootContent[];
export type IndexSection = (index: IndexModel, context: SectionContext) => RootContent[];

/** The sections a design report template can place, by the name its placeholders use. */
export const REPORT_SECTIONS: Readonly<Record<string, ReportSection>> = {
  header,
  readiness,
  decision,
  architecture,
  requirements,
  framing,
  data,
  model,
  evaluation,
  deployment,
  monitoring,
  rubric,
  findings,
};

/** The sections the index template can place. */
export const INDEX_SECTIONS: Readonly<Record<string, IndexSection>> = { summary, designs, coverage, similar };
