import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e}from"./chunk-H2F4JIN6.js";import"./chunk-OOEDKO62.js";export{a as convertPathToPattern,b as escapePath,d as glob,e as globSync,c as isDynamicPattern};
