import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c,d,e}from"./chunk-VVLTSYBY.js";import"./chunk-ZWZQXFMR.js";import"./chunk-OOEDKO62.js";export{a as convertPathToPattern,b as escapePath,d as glob,e as globSync,c as isDynamicPattern};
