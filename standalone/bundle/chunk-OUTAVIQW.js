import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c}from"./chunk-AUDFIRN6.js";import"./chunk-2RY7QQW2.js";import"./chunk-PBGEVNTL.js";import"./chunk-QN7LYRWH.js";import"./chunk-2BS4YTDL.js";import"./chunk-G4ELDVE6.js";import"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";export{a as cliRuleSeverities,c as unknownTeamRuleLine,b as unknownTeamRules};
