import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c,d}from"./chunk-QA2I273S.js";import"./chunk-4QSJHLRB.js";import"./chunk-CGJLLPAQ.js";import"./chunk-2VO2L2CS.js";import"./chunk-OOEDKO62.js";export{b as MOST_FINDING_ROWS,d as default,a as inlineMessage,c as markdown};
