import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c}from"./chunk-TDB5GK7N.js";import"./chunk-ET3XCWM7.js";import"./chunk-MAPSPJ3C.js";import"./chunk-CGJLLPAQ.js";import"./chunk-2VO2L2CS.js";import"./chunk-OOEDKO62.js";export{c as default,a as inlineMessage,b as markdown};
