import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c}from"./chunk-O3BF5PJ2.js";import"./chunk-QWHPFHGE.js";import"./chunk-PBGEVNTL.js";import"./chunk-NABJKBKL.js";import"./chunk-2BS4YTDL.js";import"./chunk-G4ELDVE6.js";import"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";export{a as cliRuleSeverities,c as unknownTeamRuleLine,b as unknownTeamRules};
