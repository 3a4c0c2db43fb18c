export {
  DEFAULT_TEMPLATE,
  DESIGN_ID_PATTERN,
  PACKAGED_SCHEMA_PATH,
  SCHEMA_URL,
  TEMPLATE_NAMES,
  isTemplateName,
  newDesignText,
  templateText,
  titleOf,
  type NewDesignOptions,
  type TemplateName,
} from './new-design.js';
